stub: upstream file of 17494 bytes
