stub: upstream file of 26898 bytes
