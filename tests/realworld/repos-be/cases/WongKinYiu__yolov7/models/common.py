stub: upstream file of 84388 bytes
