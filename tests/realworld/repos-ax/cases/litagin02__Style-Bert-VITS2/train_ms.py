stub: upstream file of 37538 bytes
