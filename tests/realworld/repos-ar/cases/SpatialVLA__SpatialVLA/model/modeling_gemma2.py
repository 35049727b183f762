stub: upstream file of 56280 bytes
