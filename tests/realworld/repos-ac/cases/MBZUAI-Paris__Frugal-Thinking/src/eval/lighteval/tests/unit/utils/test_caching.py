stub: upstream file of 16159 bytes
