stub: upstream file of 39663 bytes
