stub: upstream file of 465717 bytes
