stub: upstream file of 7457 bytes
