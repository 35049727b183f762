stub: upstream file of 7024 bytes
