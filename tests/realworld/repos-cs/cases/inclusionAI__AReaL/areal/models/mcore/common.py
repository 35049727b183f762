stub: upstream file of 3875 bytes
