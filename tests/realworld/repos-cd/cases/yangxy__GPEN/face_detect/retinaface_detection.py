stub: upstream file of 7798 bytes
