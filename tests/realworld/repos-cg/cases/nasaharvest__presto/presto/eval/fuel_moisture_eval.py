stub: upstream file of 12750 bytes
