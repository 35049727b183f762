stub: upstream file of 26062 bytes
