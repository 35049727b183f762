stub: upstream file of 19188 bytes
