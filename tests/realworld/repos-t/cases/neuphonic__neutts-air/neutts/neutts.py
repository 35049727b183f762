stub: upstream file of 17747 bytes
