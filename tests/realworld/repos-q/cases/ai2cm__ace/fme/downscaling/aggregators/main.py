stub: upstream file of 39186 bytes
