stub: upstream file of 228722 bytes
