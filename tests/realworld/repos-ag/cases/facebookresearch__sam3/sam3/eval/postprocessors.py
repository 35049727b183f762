stub: upstream file of 28816 bytes
