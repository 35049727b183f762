stub: upstream file of 16838 bytes
