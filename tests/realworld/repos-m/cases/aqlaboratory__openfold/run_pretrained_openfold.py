stub: upstream file of 19040 bytes
