stub: upstream file of 25671 bytes
