stub: upstream file of 919975 bytes
