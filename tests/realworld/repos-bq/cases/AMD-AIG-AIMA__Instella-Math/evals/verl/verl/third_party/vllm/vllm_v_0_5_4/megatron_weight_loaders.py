stub: upstream file of 13939 bytes
