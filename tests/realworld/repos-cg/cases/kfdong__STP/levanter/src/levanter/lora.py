stub: upstream file of 20038 bytes
