stub: upstream file of 924324 bytes
