stub: upstream file of 22680 bytes
