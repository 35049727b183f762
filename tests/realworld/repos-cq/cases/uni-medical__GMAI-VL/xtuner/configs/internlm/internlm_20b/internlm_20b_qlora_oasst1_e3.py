stub: upstream file of 7062 bytes
