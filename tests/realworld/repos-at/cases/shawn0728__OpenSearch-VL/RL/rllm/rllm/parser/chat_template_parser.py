stub: upstream file of 27218 bytes
