stub: upstream file of 16733 bytes
