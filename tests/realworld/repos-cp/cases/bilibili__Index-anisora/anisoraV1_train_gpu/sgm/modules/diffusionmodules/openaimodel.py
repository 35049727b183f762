stub: upstream file of 48042 bytes
