stub: upstream file of 25615 bytes
