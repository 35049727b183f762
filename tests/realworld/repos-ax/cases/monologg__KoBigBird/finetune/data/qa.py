stub: upstream file of 21705 bytes
