stub: upstream file of 36595 bytes
