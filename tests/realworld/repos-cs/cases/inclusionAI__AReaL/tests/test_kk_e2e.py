stub: upstream file of 5545 bytes
