stub: upstream file of 25708 bytes
