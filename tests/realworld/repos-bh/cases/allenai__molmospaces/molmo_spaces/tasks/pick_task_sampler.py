stub: upstream file of 51672 bytes
