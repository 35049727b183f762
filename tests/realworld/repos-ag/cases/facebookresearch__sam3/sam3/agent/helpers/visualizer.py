stub: upstream file of 63258 bytes
