stub: upstream file of 60184 bytes
