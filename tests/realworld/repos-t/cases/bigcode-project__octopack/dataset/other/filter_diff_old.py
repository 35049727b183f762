stub: upstream file of 25453 bytes
