stub: upstream file of 11526 bytes
