stub: upstream file of 21038 bytes
