stub: upstream file of 5919 bytes
