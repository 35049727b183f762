stub: upstream file of 61449 bytes
