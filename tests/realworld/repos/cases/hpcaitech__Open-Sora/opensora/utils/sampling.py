stub: upstream file of 22674 bytes
