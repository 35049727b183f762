stub: upstream file of 51153 bytes
