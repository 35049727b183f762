stub: upstream file of 59508 bytes
