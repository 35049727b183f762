stub: upstream file of 39233 bytes
