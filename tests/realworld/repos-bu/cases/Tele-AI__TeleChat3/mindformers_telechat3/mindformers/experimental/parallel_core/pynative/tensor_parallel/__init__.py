stub: upstream file of 2617 bytes
