stub: upstream file of 910036 bytes
