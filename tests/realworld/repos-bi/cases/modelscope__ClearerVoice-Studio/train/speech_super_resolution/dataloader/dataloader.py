stub: upstream file of 32022 bytes
