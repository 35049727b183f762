stub: upstream file of 11659 bytes
