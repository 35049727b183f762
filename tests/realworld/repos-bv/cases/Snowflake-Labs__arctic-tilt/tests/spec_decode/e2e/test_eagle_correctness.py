stub: upstream file of 15282 bytes
