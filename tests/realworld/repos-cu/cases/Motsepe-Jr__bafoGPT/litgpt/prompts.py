stub: upstream file of 16951 bytes
