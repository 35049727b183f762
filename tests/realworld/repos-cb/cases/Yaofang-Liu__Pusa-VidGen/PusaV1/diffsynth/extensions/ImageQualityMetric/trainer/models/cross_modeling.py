stub: upstream file of 7956 bytes
